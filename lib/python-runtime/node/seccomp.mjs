// A seccomp filter for the Python runner, as a classic BPF program that
// bubblewrap installs (`--seccomp FD`) just before it starts node. It is the
// OS layer behind "no child processes": fork, vfork and clone without
// CLONE_THREAD fail (threads still start), clone3 answers ENOSYS so libc falls
// back to clone, and calls a runner never needs (ptrace, mount, namespaces,
// kernel keys, bpf, io_uring, other processes' memory...) fail with EPERM.
// Sockets other than AF_UNIX fail too, on top of the empty network namespace.
// Written from seccomp(2) and linux/filter.h; numbers from the kernel's
// syscall tables for the two architectures we support.

const AUDIT_ARCH = { x64: 0xc000003e, arm64: 0xc00000b7 };

// Syscalls denied outright, per architecture.
const DENIED = {
  x64: {
    fork: 57, vfork: 58, ptrace: 101, syslog: 103, personality: 135, pivot_root: 155, chroot: 161, acct: 163,
    mount: 165, umount2: 166, swapon: 167, swapoff: 168, reboot: 169, init_module: 175, delete_module: 176,
    quotactl: 179, kexec_load: 246, add_key: 248, request_key: 249, keyctl: 250, unshare: 272,
    perf_event_open: 298, fanotify_init: 300, name_to_handle_at: 303, open_by_handle_at: 304, setns: 308,
    process_vm_readv: 310, process_vm_writev: 311, finit_module: 313, kexec_file_load: 320, bpf: 321,
    userfaultfd: 323, io_uring_setup: 425, io_uring_enter: 426, io_uring_register: 427,
  },
  arm64: {
    umount2: 39, mount: 40, pivot_root: 41, chroot: 51, quotactl: 60, acct: 89, unshare: 97, kexec_load: 104,
    init_module: 105, delete_module: 106, syslog: 116, ptrace: 117, reboot: 142, add_key: 217,
    request_key: 218, keyctl: 219, swapon: 224, swapoff: 225, perf_event_open: 241, fanotify_init: 262,
    name_to_handle_at: 264, open_by_handle_at: 265, setns: 268, process_vm_readv: 270, process_vm_writev: 271,
    finit_module: 273, bpf: 280, userfaultfd: 282, kexec_file_load: 294, personality: 92,
    io_uring_setup: 425, io_uring_enter: 426, io_uring_register: 427,
  },
};
const CHECKED = { x64: { clone: 56, clone3: 435, socket: 41 }, arm64: { clone: 220, clone3: 435, socket: 198 } };

const LD_W_ABS = 0x20;
const JEQ = 0x15;
const JGE = 0x35;
const JSET = 0x45;
const RET = 0x06;
const RET_ALLOW = 0x7fff0000;
const RET_ERRNO = 0x00050000;
const RET_KILL_PROCESS = 0x80000000;
const EPERM = 1;
const ENOSYS = 38;
const EAFNOSUPPORT = 97;
const CLONE_THREAD = 0x00010000;
const AF_UNIX = 1;
const X32_SYSCALL_BIT = 0x40000000;
const OFFSET = { nr: 0, arch: 4, arg0: 16 };

/** @returns {"x64" | "arm64" | null} */
export function seccompArch(arch = process.arch) {
  return arch === "x64" || arch === "arm64" ? arch : null;
}

/**
 * The filter as bytes (struct sock_filter[]), or null on an architecture it
 * does not know.
 * @param {string} [arch]
 * @returns {Buffer | null}
 */
export function runnerSeccompFilter(arch = process.arch) {
  const name = seccompArch(arch);
  if (!name) return null;
  /** @type {{ code: number; k: number; jt?: string | number; jf?: string | number }[]} */
  const program = [];
  /** @type {Record<string, number>} */
  const labels = {};
  const emit = (code, k, jt = 0, jf = 0) => program.push({ code, k, jt, jf });
  const label = (name) => (labels[name] = program.length);

  emit(LD_W_ABS, OFFSET.arch);
  emit(JEQ, AUDIT_ARCH[name], 0, "kill");
  emit(LD_W_ABS, OFFSET.nr);
  // The x32 ABI shares x86-64's audit arch; its numbers carry this bit.
  if (name === "x64") emit(JGE, X32_SYSCALL_BIT, "eperm", 0);
  for (const nr of Object.values(DENIED[name])) emit(JEQ, nr, "eperm", 0);
  const checked = CHECKED[name];
  emit(JEQ, checked.clone3, "enosys", 0);
  emit(JEQ, checked.clone, "clone", 0);
  emit(JEQ, checked.socket, "socket", 0);
  emit(RET, RET_ALLOW);
  label("clone");
  emit(LD_W_ABS, OFFSET.arg0);
  emit(JSET, CLONE_THREAD, "allow", "eperm");
  label("socket");
  emit(LD_W_ABS, OFFSET.arg0);
  emit(JEQ, AF_UNIX, "allow", "eafnosupport");
  label("allow");
  emit(RET, RET_ALLOW);
  label("eperm");
  emit(RET, RET_ERRNO | EPERM);
  label("enosys");
  emit(RET, RET_ERRNO | ENOSYS);
  label("eafnosupport");
  emit(RET, RET_ERRNO | EAFNOSUPPORT);
  label("kill");
  emit(RET, RET_KILL_PROCESS);

  const bytes = Buffer.alloc(program.length * 8);
  program.forEach((insn, index) => {
    // Jumps are relative to the next instruction and only go forward.
    const target = (/** @type {string | number} */ jump) => {
      if (typeof jump === "number") return jump;
      const offset = labels[jump] - index - 1;
      if (!(offset >= 0 && offset <= 255)) throw new Error(`seccomp: jump to ${jump} out of range`);
      return offset;
    };
    bytes.writeUInt16LE(insn.code, index * 8);
    bytes.writeUInt8(target(insn.jt ?? 0), index * 8 + 2);
    bytes.writeUInt8(target(insn.jf ?? 0), index * 8 + 3);
    bytes.writeUInt32LE(insn.k >>> 0, index * 8 + 4);
  });
  return bytes;
}
