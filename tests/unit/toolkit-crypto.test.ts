/** Passphrase lock: AES-GCM + PBKDF2 round trip in Node's WebCrypto, wrong passphrase, tampering. */
import { describe, expect, test } from 'vitest';
import { createLock, isLockInfo, PBKDF2_ITERATIONS, seal, sealJson, unlock, unseal, unsealJson } from '../../utils/evidence-crypto';

describe('evidence lock', () => {
  test('round trip with the default iterations; wrong passphrase is refused', async () => {
    const { info, key } = await createLock('correct horse 马');
    expect(info.iterations).toBe(PBKDF2_ITERATIONS);
    expect(isLockInfo(info)).toBe(true);
    const s = await sealJson(key, { said: '爆通讯录', n: 1 });
    const again = await unlock('correct horse 马', info);
    expect(again).not.toBeNull();
    expect(await unsealJson(again!, s)).toEqual({ said: '爆通讯录', n: 1 });
    expect(await unlock('correct horse', info)).toBeNull();
  });

  test('every seal uses a fresh IV; a changed byte fails to open', async () => {
    const { key } = await createLock('passphrase-1', 100_000);
    const bytes = new TextEncoder().encode('same text');
    const a = await seal(key, bytes);
    const b = await seal(key, bytes);
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
    expect(new TextDecoder().decode(await unseal(key, a))).toBe('same text');
    const tampered = { iv: a.iv, data: a.data.slice() };
    tampered.data[0]! ^= 1;
    await expect(unseal(key, tampered)).rejects.toThrow();
  });

  test('isLockInfo refuses damaged lock records', () => {
    expect(isLockInfo(null)).toBe(false);
    expect(isLockInfo({ version: 1, salt: new Uint8Array(4), iterations: 600_000, check: { iv: new Uint8Array(12), data: new Uint8Array(1) } })).toBe(false);
    expect(isLockInfo({ version: 1, salt: new Uint8Array(16), iterations: 10, check: { iv: new Uint8Array(12), data: new Uint8Array(1) } })).toBe(false);
  });
});
