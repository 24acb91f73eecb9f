import crypto from 'node:crypto';
import { SENTINEL } from '@electron/fuses/dist/constants';
import { fuseByte } from './fuseSettings';

/**
 * The fuse wire of an unmodified Electron (Electron's fuses documentation): RunAsNode, NODE_OPTIONS,
 * inspect arguments and file:// privileges on, the rest off; the ninth fuse (WASM trap handlers)
 * is newer than @electron/fuses 1.x and stays as it is.
 */
export const freshElectronWire = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) =>
  on === 1 ? fuseByte.enabled : fuseByte.disabled,
);

/**
 * Bytes laid out like an Electron executable as far as @electron/fuses looks: anything, the
 * sentinel, the wire version (1), the wire length and the wire, then more of anything.
 */
export function fakeElectronBinary(wire: readonly number[] = freshElectronWire): Buffer {
  return Buffer.concat([
    crypto.randomBytes(4096),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, wire.length, ...wire]),
    crypto.randomBytes(4096),
  ]);
}

/** Bytes standing in for a compiled addon built for `abi` (only the registration symbol matters). */
export function fakeAddon(abi: number): Buffer {
  return Buffer.concat([
    crypto.randomBytes(1024),
    Buffer.from(`\0node_register_module_v${abi}\0`, 'latin1'),
    crypto.randomBytes(1024),
  ]);
}
