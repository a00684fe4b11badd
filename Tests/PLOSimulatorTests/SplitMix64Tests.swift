import Testing

@testable import PLOSimulator

@Suite struct SplitMix64Tests {
    /// Reference values of Vigna's splitmix64.c for seed 1234567.
    @Test func matchesReferenceSequence() {
        var rng = SplitMix64(seed: 1_234_567)
        #expect(rng.next() == 6_457_827_717_110_365_317)
        #expect(rng.next() == 3_203_168_211_198_807_973)
        #expect(rng.next() == 9_817_491_932_198_370_423)
    }

    @Test func unitIntervalStaysInRange() {
        var rng = SplitMix64(seed: 9)
        for _ in 0..<10_000 {
            let u = rng.nextUnit()
            #expect(u >= 0 && u < 1)
        }
    }

    @Test func distributionsRespectClamps() {
        var rng = SplitMix64(seed: 3)
        let d = Distribution(kind: .lognormal, min: 10, max: 20, median: 15, sigma: 2)
        for _ in 0..<1000 {
            let x = d.sampleMinutes(&rng)
            #expect(x >= 10 && x <= 20)
        }
    }
}

@Suite struct EventQueueTests {
    @Test func ordersByTimeThenInsertion() {
        var q = EventQueue<String>()
        q.schedule(at: 10, "b1")
        q.schedule(at: 5, "a")
        q.schedule(at: 10, "b2")
        q.schedule(at: 10, "b3")
        q.schedule(at: 7, "c")
        var order: [String] = []
        while let (_, payload) = q.popNext() { order.append(payload) }
        #expect(order == ["a", "c", "b1", "b2", "b3"])
    }

    @Test func manyTiesStayFIFO() {
        var q = EventQueue<Int>()
        for i in 0..<1000 { q.schedule(at: 42, i) }
        var previous = -1
        while let (_, i) = q.popNext() {
            #expect(i == previous + 1)
            previous = i
        }
    }
}

@Suite struct FodselsnummerTests {
    @Test func officialExampleIsValid() {
        #expect(Fodselsnummer.isValid("15076500565"))
        #expect(!Fodselsnummer.isValid("15076500566"))
        #expect(!Fodselsnummer.isSynthetic("15076500565"))
    }

    @Test func syntheticNumbersHaveBothCheckDigitsAndMonthPlus80() throws {
        var produced = 0
        for individual in 0..<200 {
            guard let fnr = Fodselsnummer.synthetic(year: 1948, month: 3, day: 17, individual: individual) else { continue }
            produced += 1
            #expect(Fodselsnummer.isValid(fnr))
            #expect(Fodselsnummer.isSynthetic(fnr))
            #expect(fnr.hasPrefix("178348"))
        }
        #expect(produced > 150)
    }

    @Test func factoryNeverRepeatsAPatient() {
        var factory = PatientFactory(seed: 5)
        var rng = SplitMix64(seed: 5)
        let m = Scenario.defaultMunicipalities[0]
        var seen = Set<String>()
        for _ in 0..<30_000 {
            let p = factory.next(municipality: m, &rng)
            #expect(Fodselsnummer.isValid(p.fnr) && Fodselsnummer.isSynthetic(p.fnr))
            seen.insert(p.fnr)
        }
        #expect(seen.count == 30_000)
    }
}
