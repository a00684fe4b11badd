/// A Norwegian national identity number (fødselsnummer or D-nummer, 11 digits), checked the way
/// Folkeregisteret builds them: a birth date (D-nummer: day + 40), an individual number and two
/// mod-11 check digits.
///
/// Test numbers are recognised too: month + 40 (H-numbers / NAV test numbers) and month + 80
/// (Skatteetaten's synthetic numbers, Tenor).
public struct NationalIdentityNumber: Sendable, Hashable {
    /// What the number is.
    public enum Kind: String, Sendable {
        case fodselsnummer = "fødselsnummer"
        case dNummer = "D-nummer"
    }

    /// Why a string is not a valid number.
    public enum Problem: Error, Sendable, Hashable {
        /// Not exactly 11 digits.
        case notElevenDigits
        /// The day/month part is no calendar date (after removing the D/test offsets).
        case noDate
        /// A check digit is wrong (or the first one would be 10).
        case checkDigits
    }

    /// What kind of test number it is, if any.
    public enum Synthetic: String, Sendable {
        /// Month + 40.
        case monthPlus40 = "month + 40, the H-number style test range"
        /// Month + 80.
        case monthPlus80 = "month + 80, Skatteetaten's synthetic range"
    }

    public let kind: Kind
    public let synthetic: Synthetic?
    public let day: Int
    public let month: Int

    /// Checks `text`; returns the number or the first problem found.
    public static func check(_ text: String) -> Result<NationalIdentityNumber, Problem> {
        // Fixed-size storage: checking a number allocates nothing.
        var digits = InlineArray<11, Int>(repeating: 0)
        var count = 0
        for byte in text.utf8 {
            guard byte >= 0x30, byte <= 0x39, count < 11 else { return .failure(.notElevenDigits) }
            digits[count] = Int(byte - 0x30)
            count += 1
        }
        guard count == 11 else { return .failure(.notElevenDigits) }
        var day = digits[0] * 10 + digits[1]
        var month = digits[2] * 10 + digits[3]
        var kind = Kind.fodselsnummer
        if day > 40 {
            day -= 40
            kind = .dNummer
        }
        var synthetic: Synthetic?
        if month > 80 {
            month -= 80
            synthetic = .monthPlus80
        } else if month > 40 {
            month -= 40
            synthetic = .monthPlus40
        }
        let monthLength: InlineArray<12, Int> = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard month >= 1, month <= 12, day >= 1, day <= monthLength[month - 1] else { return .failure(.noDate) }
        let weights1: InlineArray<9, Int> = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        let weights2: InlineArray<10, Int> = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        guard let k1 = checkDigit(digits, weights1), k1 == digits[9], let k2 = checkDigit(digits, weights2), k2 == digits[10] else {
            return .failure(.checkDigits)
        }
        return .success(NationalIdentityNumber(kind: kind, synthetic: synthetic, day: day, month: month))
    }

    private static func checkDigit<let count: Int>(_ digits: InlineArray<11, Int>, _ weights: InlineArray<count, Int>) -> Int? {
        var sum = 0
        for index in weights.indices { sum += digits[index] * weights[index] }
        let rest = 11 - sum % 11
        if rest == 11 { return 0 }
        return rest == 10 ? nil : rest
    }
}
