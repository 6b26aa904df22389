// Reading Go values in simulated memory by type descriptor, for natives that work reflectively
// (fmt's printer, errors.As, sort.Slice's swapper): interface words, direct-interface types,
// map entries (walking Go 1.23 hmap/bucket layout, ARCHITECTURE.md §5 and reference §12.1),
// and simulated addresses for %p.
import type { TypeDesc } from '../../runtime/type.js';
import { ldWord, type MemoryViews, type NativeRuntime } from '../abi.js';

/** Go's isdirectiface: pointer-shaped types stored directly in an interface's data word. */
import { isDirectIface } from '../../runtime/alg.js';
export { isDirectIface };

/** The type descriptor for type id (eface type word). */
export function typeOf(rt: NativeRuntime, id: number): TypeDesc | undefined {
  return id === 0 ? undefined : rt.types[id];
}

/** The dynamic type of an itab id (iface first word). */
export function itabType(rt: NativeRuntime, itabId: number): TypeDesc | undefined {
  if (itabId === 0) return undefined;
  const it = rt.itabs?.[itabId];
  if (!it) return undefined;
  const t = it.type ?? it.typ ?? it._type;
  if (typeof t === 'number') return rt.types[t];
  return t as TypeDesc | undefined;
}

/**
 * Dynamic content of an interface value at address a whose static type is ifaceTd (kind Interface):
 * [dynamic type, address of the dynamic value, data word] or undefined for nil.
 */
export function ifaceElem(rt: NativeRuntime, ifaceTd: TypeDesc | null, a: number): [TypeDesc, number, number] | undefined {
  const m = rt.m;
  const w0 = m.u32[a >>> 2];
  if (w0 === 0) return undefined;
  const empty = !ifaceTd || !ifaceTd.imethods || ifaceTd.imethods.length === 0;
  const td = empty ? typeOf(rt, w0) : itabType(rt, w0);
  if (!td) return undefined;
  const data = m.u32[(a + 8) >>> 2];
  return [td, isDirectIface(td) ? a + 8 : data, data];
}

/** Pointer word at a (internal address, low 32 bits). */
export function ldPtr(m: MemoryViews, a: number): number { return m.u32[a >>> 2]; }

/** Live entries of the map h (hmap address) of map type td: [keyAddr, elemAddr][] (unordered). */
export function mapEntries(rt: NativeRuntime, td: TypeDesc, h: number): [number, number][] {
  const out: [number, number][] = [];
  if (h === 0) return out;
  if (typeof rt.mapEntries === 'function') return rt.mapEntries(td, h);
  const m = rt.m;
  const count = ldWord(m, h);
  if (count === 0) return out;
  const B = m.u8[h + 9];
  const kt = td.key!, et = td.elem!;
  const kind = kt.size > 128, eind = et.size > 128;
  const ks = kind ? 8 : kt.size, es = eind ? 8 : et.size;
  const bsize = (typeof td.bucketSize === 'number') ? td.bucketSize as number : 8 + 8 * ks + 8 * es + 8;
  const walk = (buckets: number, nb: number) => {
    for (let i = 0; i < nb; i++) {
      let b = buckets + i * bsize;
      while (b !== 0) {
        const mm = rt.m;
        for (let j = 0; j < 8; j++) {
          if (mm.u8[b + j] < 5) continue; // empty or evacuated
          let k = b + 8 + j * ks, e = b + 8 + 8 * ks + j * es;
          if (kind) k = mm.u32[k >>> 2];
          if (eind) e = mm.u32[e >>> 2];
          out.push([k, e]);
        }
        b = mm.u32[(b + bsize - 8) >>> 2];
      }
    }
  };
  const buckets = m.u32[(h + 16) >>> 2];
  const old = m.u32[(h + 24) >>> 2];
  if (buckets) walk(buckets, 1 << B);
  if (old) {
    const sameSize = (m.u8[h + 8] & 8) !== 0;
    walk(old, sameSize ? 1 << B : 1 << (B - 1));
  }
  return out;
}

/** The simulated address (what %p and uintptr show) of internal address off. */
export function simAddr(rt: NativeRuntime, off: number): number | bigint {
  if (off === 0) return 0;
  if (typeof rt.toUintptr === 'function') return rt.toUintptr(off);
  const mem = rt.mem ?? rt.memory;
  if (mem && typeof mem.toUintptr === 'function') return mem.toUintptr(off);
  const heapBase: number | undefined = rt.heapBase ?? mem?.heapBase;
  if (heapBase !== undefined && off >= heapBase) return 0xc000000000 + (off - heapBase);
  return 0x4c0000 + (off - 0x10000);
}
