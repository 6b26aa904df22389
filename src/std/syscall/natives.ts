// Natives of package syscall (src/std/syscall/more.go): the host process id.
import type { NativeFn, NativeRuntime } from '../abi.js';

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  return {
    // func sysGetpid() int
    sysGetpid(): number { return typeof rt.pid === 'number' ? rt.pid : process.pid; },
  };
}
