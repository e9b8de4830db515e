/** Who may ask what, where, and how often: what the platforms and start-up use. */
export { DEFAULT_ACCESS, UNRESTRICTED_ACCESS, type AccessConfig, type AddAllowLists } from './config.ts';
export { AccessPolicy, type Admission, type Asker } from './policy.ts';
export { OPEN_ACCESS, type Access } from './access.ts';
