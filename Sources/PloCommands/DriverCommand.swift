import AppCore
import ArgumentParser
import XMLCore

/// Prints the driver schema `plo validate` compiles, so other tools (xmllint in the benchmark)
/// can validate against exactly the same schema set.
public struct DriverCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "schema-driver",
        abstract: "Print the driver XSD that imports the schema set leaves first (for xmllint and other tools).",
        discussion: """
            Example:
              plo schema-driver > /tmp/driver.xsd
              xmllint --nonet --noout --schema /tmp/driver.xsd message.xml
            """
    )

    @Option(name: .long, help: ArgumentHelp("Schema folder (default: the bundled Schemas/).", valueName: "dir"))
    var schemas: String?

    @Option(name: .long, help: ArgumentHelp("OASIS XML catalog (default: the best *Catalog.xml in the folder).", valueName: "file"))
    var catalog: String?

    public init() {}

    public func run() throws {
        try runReportingUsage {
            let set = try SchemaLocator.compile(directory: schemas, catalog: catalog)
            var output = ReportOutput.standardOutput
            output.write(Array(set.driver.source.utf8))
            try output.finish()
            return 0
        }
    }
}
