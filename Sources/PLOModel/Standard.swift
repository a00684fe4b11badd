/// The standard and version a message follows, recognised from its namespaces.
public enum Standard: String, Sendable, Codable, Hashable, CaseIterable {
    case plo16 = "PLO 1.6"
    case plo15 = "PLO 1.5"
    case plo131 = "PLO 1.31"
    case plo20 = "PLO 2.0"
    case appRec11 = "AppRec 1.1"
    case appRec10 = "AppRec 1.0"
    case dialogmelding11 = "Dialogmelding 1.1"
    case dialogmelding10 = "Dialogmelding 1.0"
    case unknown = "unknown"

    /// Whether PLOKit validates and checks messages of this standard in full.
    public var isSupported: Bool {
        switch self {
        case .plo16, .appRec11: true
        default: false
        }
    }

    /// Recognises the standard from a namespace URI (content namespace, or the root's for AppRec).
    public init(namespace: String?) {
        guard let namespace else {
            self = .unknown
            return
        }
        if namespace.hasPrefix("http://www.kith.no/xmlstds/po/") {
            if namespace.hasSuffix("/2012-04-01") {
                self = .plo16
            } else if namespace.hasSuffix("/2009-06-30") {
                self = .plo15
            } else if namespace.hasSuffix("/2007-10-16") {
                self = .plo131
            } else {
                self = .unknown
            }
        } else if namespace.hasPrefix("http://ehelse.no/xmlstds/po/") {
            self = .plo20
        } else if namespace == "http://www.kith.no/xmlstds/apprec/2012-02-15" {
            self = .appRec11
        } else if namespace == "http://www.kith.no/xmlstds/apprec/2004-11-21" {
            self = .appRec10
        } else if namespace == "http://www.kith.no/xmlstds/dialog/2013-01-23" {
            self = .dialogmelding11
        } else if namespace == "http://www.kith.no/xmlstds/dialog/2006-10-11" {
            self = .dialogmelding10
        } else {
            self = .unknown
        }
    }
}
