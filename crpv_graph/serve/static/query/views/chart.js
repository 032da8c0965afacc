// A bar chart, for a result with a column naming things and a column of numbers: one
// horizontal bar a row, in the result's order, drawn as SVG (text as text, never markup).
import { el, number, say, svg } from "../dom.js";
import { nameColumn, nameOf, numberColumn } from "./columns.js";

const MAX_BARS = 60;
const ROW = 26;

export const chart = {
  id: "chart",
  suits(result) {
    const value = result.form === "select" && numberColumn(result);
    return Boolean(value && nameColumn(result, [value]));
  },
  draw(panel, { result, labels }) {
    const value = numberColumn(result);
    const label = nameColumn(result, [value]);
    const bars = result.rows.filter((row) => row[value] && row[label]).slice(0, MAX_BARS)
      .map((row) => ({ name: nameOf(row[label], labels), value: Number(row[value].value) }));
    const largest = Math.max(...bars.map((bar) => Math.abs(bar.value)), 1);
    const width = 1000;
    const labelWidth = 360;
    const drawing = svg("svg", {
      viewBox: `0 0 ${width} ${bars.length * ROW + 10}`, class: "chart", role: "img",
      "aria-label": say("chartNote", { bars: bars.length, number: value, label }),
    });
    bars.forEach((bar, index) => {
      const y = index * ROW + 5;
      const length = ((width - labelWidth - 90) * Math.abs(bar.value)) / largest;
      const shown = bar.name.length > 48 ? `${bar.name.slice(0, 47)}…` : bar.name;
      drawing.append(
        svg("text", { x: labelWidth - 8, y: y + ROW / 2 + 4, "text-anchor": "end", text: shown },
          svg("title", { text: bar.name })),
        svg("rect", { x: labelWidth, y: y + 3, width: Math.max(length, 1), height: ROW - 8,
          class: "bar" }),
        svg("text", { x: labelWidth + length + 6, y: y + ROW / 2 + 4, text: number(bar.value) }),
      );
    });
    panel.append(el("div", { class: "chart-frame" }, drawing));
    return say("chartNote", { bars: bars.length, number: value, label });
  },
};
