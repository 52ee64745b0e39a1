// Language knowledge as data, for English and Indonesian. Rules elsewhere read these sets;
// adding a language means adding its words here.
export * from './language';
export * from './names';
export * from './speech';
export * from './claims';
export * from './glossary';
