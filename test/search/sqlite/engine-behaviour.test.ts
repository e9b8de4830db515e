/**
 * The engine's behaviour tests on the seeds, run again with the SQLite index: both engines must
 * answer alike (the files imported below register their tests on the engine chosen here).
 */
import { useSeedIndex } from '../../support/seed-engine.ts';

useSeedIndex('sqlite');
await import('../../engine/engine.test.ts');
