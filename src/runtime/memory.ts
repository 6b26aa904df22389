// The simulated address space: one growable ArrayBuffer with typed views, the static-data and heap
// regions, and the mapping between internal offsets and the simulated addresses a Go program sees.
//
// Mirrors the role of the OS virtual memory + Go's arena layout (src/runtime/malloc.go mallocinit: the
// first heap hint puts heap addresses at 0xc000000000); see docs/ARCHITECTURE.md §1.
//
// Emitted code always goes through the object (`$m.u32[a >>> 2]`), never a cached view, because
// growing replaces the buffer and every view.

/** Internal offsets below this are the null guard: never valid. */
export const NULL_GUARD = 0x10000;
/** Simulated address of the first static-data byte (like a Go binary's data/bss). */
export const STATIC_SIM_BASE = 0x4c0000;
/** Simulated address of the first heap-arena byte (Go's first heap hint on amd64). */
export const HEAP_SIM_BASE = 0xc000000000;
/** The heap base is aligned to this (1 MiB). */
export const HEAP_BASE_ALIGN = 1 << 20;
/** Largest address space (internal addresses are < 2^32). */
export const MAX_MEMORY = 2 ** 32;

const textDecoder = new TextDecoder('utf-8');
const textEncoder = new TextEncoder();

export class Memory {
  buffer: ArrayBuffer;
  u8!: Uint8Array;
  i8!: Int8Array;
  u16!: Uint16Array;
  i16!: Int16Array;
  u32!: Uint32Array;
  i32!: Int32Array;
  f32!: Float32Array;
  f64!: Float64Array;
  /** End of the static region used so far (next allocStatic offset). */
  staticTop = NULL_GUARD;
  /** Start of the heap arena; 0 until the heap is started (fixHeapBase). */
  heapBase = 0;
  /** Callbacks run after the buffer was replaced (views already updated). */
  onGrow: Array<() => void> = [];

  /**
   * reserveBytes > 0: try to allocate the whole address space up front (engines map it lazily, so
   * untouched pages cost nothing) — then the buffer never moves, and an assignment like
   * `$m.u32[a] = f()` stays correct even when f allocates. If the engine refuses (browsers may),
   * start with initialBytes and grow by doubling; growth then replaces the views (see ensure).
   */
  constructor(initialBytes = 4 << 20, reserveBytes = 0) {
    let size = 1 << 16;
    while (size < initialBytes) size *= 2;
    let buf: ArrayBuffer | null = null;
    if (reserveBytes > size) {
      try { buf = new ArrayBuffer(Math.min(reserveBytes, MAX_MEMORY)); } catch { buf = null; }
    }
    this.buffer = buf ?? new ArrayBuffer(size);
    this.makeViews();
  }

  private makeViews(): void {
    const b = this.buffer;
    this.u8 = new Uint8Array(b);
    this.i8 = new Int8Array(b);
    this.u16 = new Uint16Array(b);
    this.i16 = new Int16Array(b);
    this.u32 = new Uint32Array(b);
    this.i32 = new Int32Array(b);
    this.f32 = new Float32Array(b);
    this.f64 = new Float64Array(b);
  }

  /** Current size of the address space in bytes. */
  get size(): number {
    return this.buffer.byteLength;
  }

  /** Makes sure offsets [0, end) exist, doubling the buffer (copying) as needed. */
  ensure(end: number): void {
    if (end <= this.buffer.byteLength) return;
    if (end > MAX_MEMORY) throw new RangeError(`gomemlab: address space exhausted (${end} bytes > 4 GiB)`);
    let size = this.buffer.byteLength;
    while (size < end) size *= 2;
    if (size > MAX_MEMORY) size = MAX_MEMORY;
    const nb = new ArrayBuffer(size);
    new Uint8Array(nb).set(this.u8);
    this.buffer = nb;
    this.makeViews();
    for (const f of this.onGrow) f();
  }

  /** Reserves `size` bytes of zeroed static data aligned to `align`; only before the heap starts. */
  allocStatic(size: number, align = 8): number {
    if (this.heapBase !== 0) throw new Error('gomemlab: allocStatic after the heap was started');
    const base = alignUp(this.staticTop, Math.max(1, align));
    this.staticTop = base + size;
    this.ensure(this.staticTop);
    return base;
  }

  /** Fixes the heap base (1 MiB-aligned, after the static data). Idempotent. */
  fixHeapBase(): number {
    if (this.heapBase === 0) {
      this.heapBase = alignUp(Math.max(this.staticTop, NULL_GUARD + 1), HEAP_BASE_ALIGN);
      this.ensure(this.heapBase);
    }
    return this.heapBase;
  }

  // ---- address mapping (bijections between internal offsets and simulated addresses) ----

  /** Internal offset → simulated address (what %p and uintptr(p) show). */
  toUintptr(off: number): number {
    if (off < NULL_GUARD) return off;
    if (this.heapBase !== 0 && off >= this.heapBase) return HEAP_SIM_BASE + (off - this.heapBase);
    return STATIC_SIM_BASE + (off - NULL_GUARD);
  }

  /** Simulated address → internal offset (inverse of toUintptr; unsafe round trips). */
  fromUintptr(u: number | bigint): number {
    const v = typeof u === 'bigint' ? Number(u) : u;
    if (v >= HEAP_SIM_BASE) return this.heapBase + (v - HEAP_SIM_BASE);
    if (v >= STATIC_SIM_BASE) return NULL_GUARD + (v - STATIC_SIM_BASE);
    return v;
  }

  // ---- bulk operations ----

  /** memmove (src/runtime/memmove_amd64.s): copies n bytes, overlapping regions allowed. */
  memmove(dst: number, src: number, n: number): void {
    if (n <= 0 || dst === src) return;
    if (n === 8 && ((dst | src) & 3) === 0) {
      const u = this.u32, d = dst >>> 2, s = src >>> 2;
      u[d] = u[s]; u[d + 1] = u[s + 1];
      return;
    }
    this.u8.copyWithin(dst, src, src + n);
  }

  /** memclrNoHeapPointers (src/runtime/memclr_amd64.s): zeroes n bytes at p. */
  memclr(p: number, n: number): void {
    if (n <= 0) return;
    if (n <= 128 && ((p | n) & 3) === 0) {
      const u = this.u32;
      for (let i = p >>> 2, e = (p + n) >>> 2; i < e; i++) u[i] = 0;
      return;
    }
    this.u8.fill(0, p, p + n);
  }

  // ---- strings and bytes ----

  /** Bytes [ptr, ptr+len) as a view (not a copy; invalid after growth). */
  viewBytes(ptr: number, len: number): Uint8Array {
    return this.u8.subarray(ptr, ptr + len);
  }

  /** Copy of the bytes [ptr, ptr+len). */
  readBytes(ptr: number, len: number): Uint8Array {
    return this.u8.slice(ptr, ptr + len);
  }

  /** JS string from the Go string header at addr (UTF-8 decoded, invalid bytes → U+FFFD). */
  readString(addr: number): string {
    const ptr = this.u32[addr >>> 2];
    const len = this.u32[(addr >>> 2) + 2];
    return this.decodeUTF8(ptr, len);
  }

  /** UTF-8 decode of [ptr, ptr+len). */
  decodeUTF8(ptr: number, len: number): string {
    if (len === 0) return '';
    const u8 = this.u8;
    if (len < 32) {
      let s = '';
      for (let i = 0; i < len; i++) {
        const c = u8[ptr + i];
        if (c >= 0x80) return textDecoder.decode(u8.subarray(ptr, ptr + len));
        s += String.fromCharCode(c);
      }
      return s;
    }
    return textDecoder.decode(u8.subarray(ptr, ptr + len));
  }

  /** Writes a Go string header {ptr, len} at addr. */
  writeStringHeader(addr: number, ptr: number, len: number): void {
    const i = addr >>> 2;
    this.u32[i] = ptr; this.u32[i + 1] = 0;
    this.u32[i + 2] = len; this.u32[i + 3] = 0;
  }

  /** Copies bytes into memory at p. */
  writeBytes(p: number, bytes: Uint8Array): void {
    this.u8.set(bytes, p);
  }

  /** Reads a pointer-shaped word (low 32 bits) at addr. */
  loadPtr(addr: number): number {
    return this.u32[addr >>> 2];
  }

  /** Writes a pointer-shaped word at addr (high half 0). */
  storePtr(addr: number, p: number): void {
    const i = addr >>> 2;
    this.u32[i] = p; this.u32[i + 1] = 0;
  }
}

/** UTF-8 encoding of a JS string. */
export function encodeUTF8(s: string): Uint8Array {
  return textEncoder.encode(s);
}

export function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}
