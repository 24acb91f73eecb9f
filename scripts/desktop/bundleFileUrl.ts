import { pathToFileURL } from 'node:url';

// Injected into the CommonJS main bundle (see bundleOptions.ts), where `__filename` is the
// bundle itself; it stands in for `import.meta.url`, which CommonJS does not have.
export const bundleFileUrl = pathToFileURL(__filename).href;
