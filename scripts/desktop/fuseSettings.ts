import { FuseV1Options } from '@electron/fuses';

/** electron-builder's names for the fuses (`electronFuses` in electron-builder.yml). */
export const fuseIndexes = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
} as const satisfies Record<string, FuseV1Options>;

export type FuseName = keyof typeof fuseIndexes;

/**
 * The state every fuse of the packaged Kasane must have. electron-builder.yml must say the same
 * (a test compares them) and dist.ts reads them back from the packaged executable. The packaged
 * app cannot be turned into Node, take NODE_OPTIONS or a debugger, or run code from outside its
 * checked app.asar.
 */
export const requiredFuses: Readonly<Record<FuseName, boolean>> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

/** The bytes of one fuse in the wire (@electron/fuses' FuseState, which its index does not export). */
export const fuseByte = { disabled: 0x30, enabled: 0x31, removed: 0x72 } as const;

/** A fuse wire as @electron/fuses' getCurrentFuseWire returns it: fuse index → byte. */
export type FuseWire = Readonly<Partial<Record<number, number>>>;

/** The fuses of `wire` that differ from `required`, as "name: expected …, found …" lines. */
export function fuseMismatches(
  wire: FuseWire,
  required: Readonly<Record<FuseName, boolean>> = requiredFuses,
): string[] {
  const mismatches: string[] = [];
  for (const [name, want] of Object.entries(required) as Array<[FuseName, boolean]>) {
    const found = wire[fuseIndexes[name]];
    const expected = want ? fuseByte.enabled : fuseByte.disabled;
    if (found !== expected) {
      mismatches.push(`${name}: expected ${describe(expected)}, found ${describe(found)}`);
    }
  }
  return mismatches;
}

function describe(byte: number | undefined): string {
  if (byte === fuseByte.enabled) return 'on';
  if (byte === fuseByte.disabled) return 'off';
  if (byte === fuseByte.removed) return 'removed';
  return byte === undefined ? 'missing' : `0x${byte.toString(16)}`;
}
