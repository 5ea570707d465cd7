#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator, set for making documents in batches.
///
/// Each document allocates and frees the same large blocks (the rendered parts, zlib's state). By
/// default glibc hands freed memory at the top of the heap back to the system after 128 KB and maps
/// large blocks one by one; with two jobs the threads then queue in the kernel for every document
/// (README, Performance). Swift's Glibc module declares neither `mallopt` nor `malloc_trim`, so both
/// are found at run time; where they are missing, nothing changes.
package enum Allocator {
    /// Keeps up to 8 MB freed before handing it back, and takes blocks up to 4 MB from the heap.
    package static func tuneForBatches() {
        guard let mallopt = symbol("mallopt", as: (@convention(c) (Int32, Int32) -> Int32).self) else { return }
        _ = mallopt(trimThreshold, 8 << 20)
        _ = mallopt(mmapThreshold, 4 << 20)
    }

    /// Hands what is free back to the system now (`malloc_trim(0)`).
    package static func handBackFreedMemory() {
        guard let trim = symbol("malloc_trim", as: (@convention(c) (Int) -> Int32).self) else { return }
        _ = trim(0)
    }

    /// `M_TRIM_THRESHOLD` and `M_MMAP_THRESHOLD` in glibc's malloc.h.
    private static let trimThreshold: Int32 = -1
    private static let mmapThreshold: Int32 = -3

    private static func symbol<Function>(_ name: String, as type: Function.Type) -> Function? {
        #if canImport(Glibc)
        guard let program = dlopen(nil, RTLD_NOW), let address = dlsym(program, name) else { return nil }
        return unsafeBitCast(address, to: type)
        #else
        return nil
        #endif
    }
}
