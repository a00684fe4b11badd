/// FNV-1a, 64 bit: a fast, stable hash of a file's bytes — the one content hash of the package,
/// for telling an identical resend from other content (`plo flow`, `plo serve`'s journal).
public enum FNV1a {
    /// The hash of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
