/// Decimal integers written straight into UTF-8 bytes: the one integer formatter behind the JSON
/// writer, the text reports and the simulator's XML.
public enum DecimalText {
    /// Appends `value` in decimal to `out`, its digits zero-padded on the left to at least `width`
    /// (at most 20); a negative value gets a `-` before the padded digits.
    public static func append(_ value: Int, width: Int = 0, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // 20 digits hold any UInt64; written backwards, then copied in order.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            while start > 20 - min(width, 20) {
                start -= 1
                digits[start] = UInt8(ascii: "0")
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }
}
