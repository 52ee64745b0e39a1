// Every editor feature, registered in this order at activation. Add a feature here and nowhere
// else.
import { commands } from './commands';
import { conflicts } from './conflicts';
import { corpusLanguage } from './corpusLanguage';
import { entitiesTree } from './entitiesTree';
import type { Feature } from './feature';
import { hover } from './hover';
import { navigation } from './navigation';
import { outline } from './outline';
import { speakersTree } from './speakersTree';
import { status } from './status';

export const FEATURES: readonly Feature[] = [
  corpusLanguage,
  hover,
  navigation,
  outline,
  speakersTree,
  entitiesTree,
  conflicts,
  commands,
  status,
];
