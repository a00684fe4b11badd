import XMLCore

extension TextStyle {
    /// Starts painting with the SGR `code` (nothing without colour); close with ``endPaint(_:)``.
    func beginPaint(_ code: StaticString, _ out: inout [UInt8]) {
        guard color else { return }
        out.append(0x1B)
        out.append(UInt8(ascii: "["))
        out.append(contentsOf: UnsafeBufferPointer(start: code.utf8Start, count: code.utf8CodeUnitCount))
        out.append(UInt8(ascii: "m"))
    }

    /// Ends what ``beginPaint(_:_:)`` started.
    func endPaint(_ out: inout [UInt8]) {
        guard color else { return }
        out.append(contentsOf: [0x1B, UInt8(ascii: "["), UInt8(ascii: "0"), UInt8(ascii: "m")])
    }

    /// The SGR code ``severity(_:)`` paints `severity` with.
    static func code(for severity: Severity) -> StaticString {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "2"
        }
    }
}
