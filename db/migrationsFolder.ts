import { fileURLToPath } from 'node:url';

/** The committed migrations in the source tree; the packaged app passes its own copy's path. */
export const sourceMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
