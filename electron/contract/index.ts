export { contract, type CallName, type Contract } from './contract';
export type { CallInput, CallOutput, ParsedInput } from './types';
export type { Envelope } from './envelope';
export { AppError, errorCodes, type ErrorCode, type FieldIssue } from './errors';
export { roles, roleLabels, type Role, type Access } from './roles';
export type { AppStatus, SessionUser, SetupResult } from './schemas/session';
export type { Settings } from './schemas/settings';
