/**
 * The engine's public surface: what commands, platforms, start-up and scripts may use. Nothing
 * outside `src/engine` imports the search, store or compare internals directly.
 */
export { Engine, type EngineOptions, type QuoteRow, type SearchRequest } from './engine.ts';
export { MAX_QUERY_LENGTH } from '../search/query.ts';
