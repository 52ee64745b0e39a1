// Every editor feature, registered in this order at activation. Add a feature here and nowhere
// else (a Conflicts view will sit beside the Speakers and People & Organisations views).
import { commands } from './commands';
import { conflicts } from './conflicts';
import { corpusLanguage } from './corpusLanguage';
import { entitiesTree } from './entitiesTree';
import type { Feature } from './feature';
import { hover } from './hover';
import { navigation } from './navigation';
import { speakersTree } from './speakersTree';
import { status } from './status';

export const FEATURES: readonly Feature[] = [
  corpusLanguage,
  hover,
  navigation,
  speakersTree,
  entitiesTree,
  conflicts,
  commands,
  status,
];
