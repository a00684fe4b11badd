/// ISO 8601 durations as `plo serve` takes them: `PnDTnHnMnS` (e.g. `PT4H`, `P2DT30M`), in seconds.
public enum ISODuration {
    /// Seconds, or `nil` when `text` is no such duration.
    public static func seconds(_ text: String) -> Int64? {
        var rest = Substring(text)
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var total: Int64 = 0
        var inTime = false
        var number = ""
        var any = false
        for ch in rest {
            if ch == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
            } else if ch.isASCII, ch.isNumber {
                number.append(ch)
            } else {
                guard let n = Int64(number) else { return nil }
                let unit: Int64
                switch (ch, inTime) {
                case ("W", false): unit = 7 * 86_400
                case ("D", false): unit = 86_400
                case ("H", true): unit = 3600
                case ("M", true): unit = 60
                case ("S", true): unit = 1
                default: return nil
                }
                let (product, overflow) = n.multipliedReportingOverflow(by: unit)
                guard !overflow else { return nil }
                let (sum, overflow2) = total.addingReportingOverflow(product)
                guard !overflow2 else { return nil }
                total = sum
                number = ""
                any = true
            }
        }
        return any && number.isEmpty ? total : nil
    }
}
