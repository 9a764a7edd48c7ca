package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.motcua.report.SvgChart.Point;
import vn.motcua.report.SvgChart.Words;

/** The charts parse as SVG, say what they show to a screen reader, and put each point where its value says. */
class SvgChartTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Words WORDS = new Words("trend", "Tỷ lệ hài lòng <theo ngày> & mục tiêu",
            "Tháng 11/2026: mỗi ngày một điểm", 90, "Mục tiêu 90%");

    @Test
    void aLineIsValidSvgWithItsTitleAndDescription() throws Exception {
        Element svg = parse(SvgChart.line(WORDS, List.of(new Point("01", 50.0), new Point("02", 100.0)), VIETNAMESE));

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("trend-title trend-desc");
        assertThat(svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
                .isEqualTo("Tỷ lệ hài lòng <theo ngày> & mục tiêu");
        assertThat(svg.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent())
                .isEqualTo("Tháng 11/2026: mỗi ngày một điểm");
    }

    @Test
    void eachPointSitsAtItsShareOfTheAxisAndAGapBreaksTheLine() throws Exception {
        Element svg = parse(SvgChart.line(WORDS, List.of(new Point("01", 50.0), new Point("02", null),
                new Point("03", 100.0), new Point("04", 0.0)), VIETNAMESE));

        List<Element> points = elements(svg, "circle");
        assertThat(points).extracting(point -> point.getAttribute("data-label")).containsExactly("01", "03", "04");
        // The plot runs from y 244 (0%) up to y 40 (100%), x from 48 to 704 in three equal steps.
        assertThat(points).extracting(point -> point.getAttribute("cy")).containsExactly("142.0", "40.0", "244.0");
        assertThat(points).extracting(point -> point.getAttribute("cx")).containsExactly("48.0", "485.3", "704.0");
        assertThat(elements(svg, "path").getFirst().getAttribute("d"))
                .as("the day without ratings breaks the line").isEqualTo("M48.0 142.0 M485.3 40.0 L704.0 244.0");
        assertThat(points.getFirst().getTextContent()).isEqualTo("01: 50,0%");
    }

    @Test
    void barsStandOnTheAxisRedUnderTheTarget() throws Exception {
        Element svg = parse(SvgChart.bars(WORDS, List.of(new Point("Tư pháp", 80.0), new Point("Kinh tế", 95.0),
                new Point("Chưa có", null)), VIETNAMESE));

        List<Element> bars = elements(svg, "rect");
        assertThat(bars).hasSize(2);
        Element justice = bars.getFirst();
        assertThat(justice.getAttribute("data-label")).isEqualTo("Tư pháp");
        assertThat(justice.getAttribute("y")).isEqualTo("80.8");
        assertThat(justice.getAttribute("height")).as("from the top of the bar to the axis at 244").isEqualTo("163.2");
        assertThat(justice.getAttribute("fill")).isEqualTo("#c62828");
        assertThat(bars.get(1).getAttribute("fill")).isEqualTo("#2e7d32");
        assertThat(elements(svg, "text")).extracting(Element::getTextContent).contains("Chưa có", "80,0%", "95,0%",
                "Mục tiêu 90%", "0%", "100%");
        assertThat(elements(svg, "tspan")).as("a long name on two lines at its dash").isEmpty();
        Element twoLines = parse(SvgChart.bars(WORDS, List.of(new Point("Phòng Tư pháp – Hộ tịch", 50.0)), VIETNAMESE));
        assertThat(elements(twoLines, "tspan")).extracting(Element::getTextContent)
                .containsExactly("Phòng Tư pháp", "Hộ tịch");
        Element target = elements(svg, "line").stream()
                .filter(line -> line.getAttribute("class").equals("chart-target")).findFirst().orElseThrow();
        assertThat(target.getAttribute("y1")).as("90% of the axis").isEqualTo("60.4");
    }

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static List<Element> elements(Element svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG, name);
        List<Element> found = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            found.add((Element) nodes.item(index));
        }
        return found;
    }
}
