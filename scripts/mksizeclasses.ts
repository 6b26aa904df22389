// Generates src/runtime/sizeclasses.ts: Go's malloc size classes (mirrors src/runtime/mksizeclasses.go,
// whose output is src/runtime/sizeclasses.go in go1.23).
//
// The algorithm, as Go's generator describes it:
// - Walk candidate sizes upward in steps of an alignment that grows with the size: 8 B at first, 16 B
//   from 32 B, size/8 from 128 B (so about 12.5% apart), and 256 B from 2 KiB. Every class size is a
//   multiple of its alignment, and powers of two keep their natural alignment.
// - Waste budget: for each size pick the smallest span (a whole number of 8 KiB pages) whose tail
//   left over after packing objects is at most 1/8 of the span, so tail waste stays ≤ 12.5%.
// - If a size packs the same number of objects into the same number of pages as the previous class,
//   it replaces it (there is no reason to keep the smaller one).
// - Finally each class grows to the largest multiple of 128 (largeSizeDiv, so the 128-byte lookup
//   table stays valid) that still packs the same object count into its span ("increase object sizes
//   if we can fit the same number of larger objects").
// The result must be exactly 68 classes (class 0 = large) ending at 32768; the generator checks that
// and a few known rows, then writes the lookup tables size_to_class8 / size_to_class128.
//
// Run: npx tsx scripts/mksizeclasses.ts  (writes src/runtime/sizeclasses.ts)

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const pageShift = 13;
const pageSize = 1 << pageShift;
const maxSmallSize = 32768;
const smallSizeDiv = 8;
const smallSizeMax = 1024;
const largeSizeDiv = 128;
const minHeapAlign = 8;

interface SizeClass { size: number; npages: number }

const isPow2 = (x: number): boolean => (x & (x - 1)) === 0;

export function makeClasses(): SizeClass[] {
  const classes: SizeClass[] = [{ size: 0, npages: 0 }];
  let align = 8;
  for (let size = align; size <= maxSmallSize; size += align) {
    if (isPow2(size)) {
      if (size >= 2048) align = 256;
      else if (size >= 128) align = size / 8;
      else if (size >= 32) align = 16;
    }
    if (!isPow2(align)) throw new Error(`incorrect alignment ${align}`);
    let allocsize = pageSize;
    while (allocsize % size > allocsize / 8) allocsize += pageSize;
    const npages = allocsize / pageSize;
    const prev = classes[classes.length - 1];
    if (classes.length > 1 && npages === prev.npages && Math.floor(allocsize / size) === Math.floor(allocsize / prev.size)) {
      prev.size = size;
      continue;
    }
    classes.push({ size, npages });
  }
  for (let i = 1; i < classes.length; i++) {
    const c = classes[i];
    const psize = c.npages * pageSize;
    const newSize = Math.floor(psize / Math.floor(psize / c.size)) & ~(largeSizeDiv - 1);
    if (newSize > c.size) c.size = newSize;
  }
  return classes;
}

function check(classes: SizeClass[]): void {
  if (classes.length !== 68) throw new Error(`got ${classes.length} size classes, want 68`);
  if (classes[classes.length - 1].size !== maxSmallSize) throw new Error('last class must be 32768');
  const known: Array<[number, number, number]> = [[1, 8, 1], [2, 16, 1], [5, 48, 1], [35, 1408, 2], [49, 6784, 5], [60, 18432, 9], [65, 27264, 10], [67, 32768, 4]];
  for (const [i, size, npages] of known) {
    if (classes[i].size !== size || classes[i].npages !== npages) throw new Error(`class ${i}: got ${classes[i].size}/${classes[i].npages}, want ${size}/${npages}`);
  }
  for (let i = 1; i < classes.length; i++) {
    const c = classes[i];
    const span = c.npages * pageSize;
    if (span % c.size > span / 8) throw new Error(`class ${i} wastes too much`);
    if (c.size % minHeapAlign !== 0) throw new Error(`class ${i} not aligned`);
    if (i > 1 && c.size <= classes[i - 1].size) throw new Error('classes must increase');
  }
}

function render(classes: SizeClass[]): string {
  const sizes = classes.map(c => c.size);
  const npages = classes.map(c => c.npages);
  const nobjs = classes.map(c => (c.size ? Math.floor(c.npages * pageSize / c.size) : 0));
  const c8: number[] = [];
  for (let i = 0; i <= smallSizeMax / smallSizeDiv; i++) {
    const want = i * smallSizeDiv;
    let j = 0;
    while (sizes[j] < want) j++;
    c8.push(j);
  }
  const c128: number[] = [];
  for (let i = 0; i <= (maxSmallSize - smallSizeMax) / largeSizeDiv; i++) {
    const want = smallSizeMax + i * largeSizeDiv;
    let j = 0;
    while (sizes[j] < want) j++;
    c128.push(j);
  }
  const rows = classes.slice(1).map((c, k) => {
    const i = k + 1;
    const span = c.npages * pageSize;
    const n = Math.floor(span / c.size);
    const tail = span - n * c.size;
    const prev = classes[i - 1].size;
    const maxWaste = ((c.size - prev - 1) * n + tail) / span * 100;
    let minAlign = c.size & -c.size;
    if (minAlign > pageSize) minAlign = pageSize;
    return `//  ${String(i).padStart(5)} ${String(c.size).padStart(9)} ${String(span).padStart(10)} ${String(n).padStart(7)} ${String(tail).padStart(10)} ${maxWaste.toFixed(2).padStart(8)}% ${String(minAlign).padStart(9)}`;
  });
  const arr = (a: number[]) => `[${a.join(', ')}]`;
  return `// Code generated by scripts/mksizeclasses.ts; DO NOT EDIT.
//
// Go's malloc size classes (mirrors src/runtime/sizeclasses.go of go1.23, produced by
// src/runtime/mksizeclasses.go). Regenerate with: npx tsx scripts/mksizeclasses.ts
//
// class  bytes/obj  bytes/span  objects  tail waste  max waste  min align
${rows.join('\n')}

export const _MaxSmallSize = ${maxSmallSize};
export const smallSizeDiv = ${smallSizeDiv};
export const smallSizeMax = ${smallSizeMax};
export const largeSizeDiv = ${largeSizeDiv};
export const _NumSizeClasses = ${classes.length};
export const _PageShift = ${pageShift};
export const _PageSize = ${pageSize};
export const maxObjsPerSpan = ${Math.max(...nobjs)};
export const minHeapAlign = ${minHeapAlign};

export const class_to_size: readonly number[] = ${arr(sizes)};
export const class_to_allocnpages: readonly number[] = ${arr(npages)};
export const class_to_nobjs: readonly number[] = ${arr(nobjs)};
export const size_to_class8: Uint8Array = new Uint8Array(${arr(c8)});
export const size_to_class128: Uint8Array = new Uint8Array(${arr(c128)});
`;
}

const classes = makeClasses();
check(classes);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'runtime', 'sizeclasses.ts');
const text = render(classes);
if (process.argv.includes('--check')) console.log(text);
else writeFileSync(out, text);
