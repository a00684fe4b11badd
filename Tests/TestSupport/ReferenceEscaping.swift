/// The escapers as they were written before they worked on bytes — one Unicode scalar at a
/// time — kept as the reference the fast byte writers are compared with.
public enum ReferenceEscaping {
    /// XML text and attribute escaping; characters XML 1.0 cannot carry become U+FFFD.
    public static func xml(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = scalar.value
                if v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000 {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\u{FFFD}"
                }
            }
        }
        return out
    }
}
