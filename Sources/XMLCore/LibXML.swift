internal import CAllocCache
internal import CLibXML2
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One-time libxml2 set-up: the allocator, `xmlInitParser()` and the guarded external entity loader.
///
/// Every entry point that touches libxml2 calls ``ensureInitialized()`` first, which reads the
/// `static let` and so runs the set-up exactly once, before any worker thread starts.
enum LibXML {
    private static let initialized: Bool = {
        if allocationCacheInstalled {
            xmlMemSetup(plo_alloc_cache_free, plo_alloc_cache_malloc, plo_alloc_cache_realloc, plo_alloc_cache_strdup)
        }
        xmlInitParser()
        xmlSetExternalEntityLoader(guardedEntityLoader)
        return true
    }()

    /// Whether libxml2 allocates through `CAllocCache`, a per-thread cache of freed small blocks
    /// that spares malloc most of the work of building and freeing one tree after another. On
    /// unless `PLOKIT_ALLOC_CACHE=0` asks for the C library's allocator as it is, or a sanitizer
    /// build compiled the cache out. Either way every block is a C-library block, so the choice
    /// changes speed, never results. Decided once, before libxml2 allocates anything.
    static let allocationCacheInstalled: Bool =
        plo_alloc_cache_enabled() != 0 && allocationCacheRequested(by: getenv("PLOKIT_ALLOC_CACHE").map { String(cString: $0) })

    /// Reads `PLOKIT_ALLOC_CACHE`: only `0` turns the cache off.
    static func allocationCacheRequested(by value: String?) -> Bool {
        value != "0"
    }

    /// Initializes libxml2 once and silences its stderr printing on the calling thread.
    static func ensureInitialized() {
        _ = initialized
        clibxml2_silence_generic_errors()
    }
}

/// libxml2 as a whole, for callers outside XMLCore.
public enum XMLLibrary {
    /// Initializes libxml2 on the calling thread, once per process. Call it before handing the
    /// first libxml2 work to another thread: libxml2 2.9 takes the thread that initializes it
    /// for its main thread. (Every XMLCore entry point initializes it too; this only chooses
    /// the thread.)
    public static func initialize() {
        LibXML.ensureInitialized()
    }
}

/// What the external entity loader may open. Instance documents never load anything: no DTD,
/// no external entity, no network. While a schema set compiles, `.xsd` files below the schema
/// folder (and nothing else) may be opened.
enum EntityPolicy {
    private static let roots = Mutex<[String]>([])

    /// Runs `body` with the `.xsd` files below `directory` readable by the entity loader.
    static func withSchemaRoot<T>(_ directory: String, _ body: () throws -> T) rethrows -> T {
        let root = FilePaths.realPath(directory).map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? directory
        roots.withLock { $0.append(root) }
        defer {
            roots.withLock { list in
                if let index = list.lastIndex(of: root) { list.remove(at: index) }
            }
        }
        return try body()
    }

    /// The local path the loader may open for `url`, or nil when it must refuse.
    static func allowedPath(for url: String) -> String? {
        var path = url
        if path.hasPrefix("file://") { path.removeFirst("file://".count) }
        if path.contains("://") { return nil }
        guard path.lowercased().hasSuffix(".xsd"), let real = FilePaths.realPath(path) else { return nil }
        let allowed = roots.withLock { list in list.contains { real.hasPrefix($0) } }
        return allowed ? real : nil
    }
}

/// The loader libxml2 calls for every external resource. It never touches the network.
private let guardedEntityLoader: xmlExternalEntityLoader = { url, _, context in
    guard let url, let path = EntityPolicy.allowedPath(for: String(cString: url)) else { return nil }
    return xmlNewInputFromFile(context, path)
}
