import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** electron-builder.yml as parsed YAML; readers narrow the keys they use. */
export type ElectronBuilderConfig = Readonly<Record<string, unknown>>;

/** The config file electron-builder finds by itself in the project root. */
export const electronBuilderConfigFile = 'electron-builder.yml';

/** Reads electron-builder.yml from the repo root; throws if it is not a YAML mapping. */
export function readElectronBuilderConfig(root: string): ElectronBuilderConfig {
  const file = path.join(root, electronBuilderConfigFile);
  const parsed: unknown = parse(fs.readFileSync(file, 'utf8'));
  if (!isRecord(parsed)) throw new Error(`${file} is not a YAML mapping`);
  return parsed;
}

/** Whether a parsed YAML or JSON value is a mapping (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
