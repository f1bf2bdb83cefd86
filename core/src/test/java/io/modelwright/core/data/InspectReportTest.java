package io.modelwright.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InspectReportTest {

    @Test
    void writesTheAgreedJsonFields() throws Exception {
        InspectReport report = InspectReport.of(Corpus.load("semicolon_decimal_comma.csv"));
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.fieldNames()).toIterable().containsExactly("file", "encoding", "delimiter",
                "decimalSeparator", "header", "rows", "columns", "warnings");
        assertThat(json.get("delimiter").asText()).isEqualTo(";");
        assertThat(json.get("decimalSeparator").asText()).isEqualTo(",");
        assertThat(json.get("rows").asInt()).isEqualTo(4);
        JsonNode first = json.get("columns").get(1);
        assertThat(first.fieldNames()).toIterable().containsExactly("name", "type", "missing", "distinct", "reason");
        assertThat(first.get("type").asText()).isEqualTo("numeric");
    }

    @Test
    void namesWarningKindsWithDashes() throws Exception {
        InspectReport report = InspectReport.of(Corpus.load("id_column.csv"));
        JsonNode warning = new ObjectMapper().readTree(report.toJson()).get("warnings").get(0);
        assertThat(warning.get("kind").asText()).isEqualTo("likely-identifier");
        assertThat(report.toText()).contains("customer_id", "identifier", "Warnings:");
    }
}
