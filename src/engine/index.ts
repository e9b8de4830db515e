/**
 * The engine's public surface: what commands, platforms, start-up and scripts may use. Nothing
 * outside `src/engine` imports the search, store or compare internals directly.
 */
export { Engine } from './engine.ts';
export { ENGINE_DEFAULTS, INDEX_ENGINES, type EngineOptions } from './options.ts';
export type { QuoteRow, SearchRequest } from './request.ts';
export { contentsOf, IndexedCorpus, type CorpusOptions, type FileContent, type IndexedFile, type Progress } from './corpus.ts';
export { MAX_LIMIT, MAX_QUERY_LENGTH } from '../search/query.ts';
export type { Passage } from '../search/passage.ts';
export type { SearchIndex } from '../search/search-index.ts';
export { nearest, orList } from './names.ts';
