import PLOModel
import Testing

@Suite struct NationalIdentityNumberTests {
    @Test(arguments: ["12034841258", "15076500565", "13116900216", "12057900499"])
    func validFodselsnummer(_ text: String) throws {
        let number = try NationalIdentityNumber.check(text).get()
        #expect(number.kind == .fodselsnummer)
        #expect(number.synthetic == nil)
    }

    @Test func dNummerHasDayPlus40() throws {
        let number = try NationalIdentityNumber.check("53077141460").get()
        #expect(number.kind == .dNummer)
        #expect(number.day == 13)
        #expect(number.month == 7)
    }

    @Test func syntheticNumbersAreRecognised() throws {
        let tenor = try NationalIdentityNumber.check("12834841213").get()
        #expect(tenor.synthetic == .monthPlus80)
        #expect(tenor.month == 3)
    }

    /// The health sector's test persons (NHN Persontjenesten): month + 65, as fødselsnummer and
    /// as D-nummer; and a D-nummer in Skatteetaten's + 80 range.
    @Test(arguments: [
        ("12684810071", NationalIdentityNumber.Kind.fodselsnummer, NationalIdentityNumber.Synthetic.monthPlus65),
        ("52684810065", .dNummer, .monthPlus65),
        ("52834810182", .dNummer, .monthPlus80),
    ])
    func testIdentities(_ text: String, _ kind: NationalIdentityNumber.Kind, _ synthetic: NationalIdentityNumber.Synthetic) throws {
        let number = try NationalIdentityNumber.check(text).get()
        #expect(number.kind == kind)
        #expect(number.synthetic == synthetic)
        #expect(number.day == 12)
        #expect(number.month == 3)
    }

    @Test(arguments: [
        ("12034841259", NationalIdentityNumber.Problem.checkDigits),
        ("1203484125", .notElevenDigits),
        ("120348412580", .notElevenDigits),
        ("1203484125x", .notElevenDigits),
        ("", .notElevenDigits),
        ("32034841258", .noDate),
        ("12134841258", .noDate),
        ("30024841258", .noDate),
    ])
    func invalidNumbers(_ text: String, _ problem: NationalIdentityNumber.Problem) {
        switch NationalIdentityNumber.check(text) {
        case .success(let number): Issue.record("\(text) accepted as \(number)")
        case .failure(let found): #expect(found == problem, "\(text)")
        }
    }

    /// The reading in one pass agrees with the textbook algorithm (digits in an array, weight
    /// tables) on 50,000 seeded random strings, a third of them made valid on purpose.
    @Test func agreesWithTheTextbookAlgorithm() {
        func reference(_ text: String) -> Result<
            (NationalIdentityNumber.Kind, NationalIdentityNumber.Synthetic?, Int, Int), NationalIdentityNumber.Problem
        > {
            let digits = text.utf8.map { Int($0) - 48 }
            guard digits.count == 11, digits.allSatisfy({ (0...9).contains($0) }) else { return .failure(.notElevenDigits) }
            var day = digits[0] * 10 + digits[1]
            var month = digits[2] * 10 + digits[3]
            let kind: NationalIdentityNumber.Kind = day > 40 ? .dNummer : .fodselsnummer
            if day > 40 { day -= 40 }
            var synthetic: NationalIdentityNumber.Synthetic?
            if month > 80 {
                month -= 80
                synthetic = .monthPlus80
            } else if month > 65 {
                month -= 65
                synthetic = .monthPlus65
            } else if month > 40 {
                month -= 40
                synthetic = .monthPlus40
            }
            let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard (1...12).contains(month), day >= 1, day <= lengths[month - 1] else { return .failure(.noDate) }
            func control(_ weights: [Int]) -> Int? {
                let rest = 11 - zip(digits, weights).map(*).reduce(0, +) % 11
                return rest == 11 ? 0 : (rest == 10 ? nil : rest)
            }
            guard control([3, 7, 6, 1, 8, 9, 4, 5, 2]) == digits[9], control([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == digits[10] else {
                return .failure(.checkDigits)
            }
            return .success((kind, synthetic, day, month))
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var valid = 0
        for round in 0..<50_000 {
            let day = [next(32), next(32) + 40, next(100)][next(3)]
            let month = [next(13), next(13) + 40, next(13) + 65, next(13) + 80, next(100)][next(5)]
            var digits = [day / 10, day % 10, month / 10, month % 10] + (0..<5).map { _ in next(10) }
            // Every third string gets its real check digits (when they exist).
            let weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
            let weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            if round % 3 == 0 {
                let k1 = (11 - zip(digits, weights1).map(*).reduce(0, +) % 11) % 11
                digits.append(k1 == 10 ? 0 : k1)
                let k2 = (11 - zip(digits, weights2).map(*).reduce(0, +) % 11) % 11
                digits.append(k2 == 10 ? 0 : k2)
            } else {
                digits += [next(10), next(10)]
            }
            let text = digits.map(String.init).joined()
            switch (NationalIdentityNumber.check(text), reference(text)) {
            case (.success(let number), .success(let expected)):
                valid += 1
                #expect(
                    number.kind == expected.0 && number.synthetic == expected.1 && number.day == expected.2 && number.month == expected.3, "\(text)")
            case (.failure(let problem), .failure(let expected)):
                #expect(problem == expected, "\(text)")
            case (let got, let expected):
                Issue.record("\(text): \(got) but the textbook algorithm says \(expected)")
            }
        }
        #expect(valid > 5_000)
    }
}
