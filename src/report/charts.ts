// Charts for the dashboard, drawn by echarts in server-side mode straight to SVG text: the page
// needs no script, no network and no canvas to show them.
import type { BarSeriesOption } from "echarts/charts";
import type { GridComponentOption } from "echarts/components";
import * as echarts from "echarts/core";
// The bar chart and the grid straight from their modules: "echarts/charts" and
// "echarts/components" load every chart and component there is, which took longer than
// drawing the whole dashboard (see echarts-lib.d.ts).
import { install as BarChart } from "echarts/lib/chart/bar/install.js";
import { install as GridComponent } from "echarts/lib/component/grid/install.js";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, GridComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption>;

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/**
 * The chart as an <svg> element. `key` makes the element ids unique in the page and
 * independent of how many charts this process drew before (echarts numbers its instances).
 */
export function renderChart(
  option: ChartOption,
  width: number,
  height: number,
  key: string,
): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT_FAMILY, color: "#1f2933" },
      ...option,
    });
    return renameIds(chart.renderToSVGString(), key);
  } finally {
    // An undisposed instance keeps a timer alive and the process from exiting.
    chart.dispose();
  }
}

/**
 * echarts names ids and classes from process-wide counters ("zr3-cls-17"). Renamed in order of
 * appearance to "<key>-0", "<key>-1" ...: unique in the page, the same in every run. Only ids
 * and class names are touched (attributes, references, the <style> hover rules), never text.
 */
export function renameIds(svg: string, key: string): string {
  const names = new Map<string, string>();
  const rename = (old: string) => {
    let name = names.get(old);
    if (name === undefined) {
      name = `${key}-${names.size}`;
      names.set(old, name);
    }
    return name;
  };
  const ID = /zr\d+-[\w-]+/g;
  return svg
    .replace(
      /\b(class|id)="([^"]*)"/g,
      (_, attr: string, value: string) => `${attr}="${value.replace(ID, rename)}"`,
    )
    .replace(
      /(url\(#|href="#)(zr\d+-[\w-]+)/g,
      (_, prefix: string, id: string) => prefix + rename(id),
    )
    .replace(/<style\b[\s\S]*?<\/style>/g, (style) =>
      style.replace(/\.(zr\d+-[\w-]+)/g, (_, id: string) => `.${rename(id)}`),
    );
}

export interface StackedBars {
  categories: string[];
  series: { name: string; colour: string; values: number[] }[];
  horizontal: boolean;
  /** Room for the category labels, in pixels. */
  labelWidth: number;
}

/** A stacked bar chart with the value written on every non-empty segment. */
export function stackedBarOption(bars: StackedBars): ChartOption {
  const categoryAxis = {
    type: "category" as const,
    data: bars.categories,
    inverse: bars.horizontal, // first category on top, as in the table beside it
    axisTick: { show: false },
    axisLabel: {
      width: bars.labelWidth,
      overflow: "break" as const,
      interval: 0,
      fontSize: 12,
      lineHeight: 15,
    },
  };
  const valueAxis = {
    type: "value" as const,
    minInterval: 1,
    splitLine: { lineStyle: { color: "#e4e7eb" } },
    axisLabel: { fontSize: 11 },
  };
  return {
    color: bars.series.map((s) => s.colour),
    // No echarts legend: the page draws it in HTML, where long names wrap instead of overlapping
    // (text widths measured without a browser are only estimates).
    grid: {
      left: 12,
      right: 24,
      top: 12,
      bottom: 8,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    xAxis: bars.horizontal ? valueAxis : categoryAxis,
    yAxis: bars.horizontal ? categoryAxis : valueAxis,
    series: bars.series.map(
      (s): BarSeriesOption => ({
        type: "bar",
        name: s.name,
        stack: "total",
        barMaxWidth: 48,
        data: s.values,
        itemStyle: { color: s.colour },
        label: {
          show: true,
          fontSize: 11,
          color: "#1f2933",
          formatter: (p) => (typeof p.value === "number" && p.value > 0 ? String(p.value) : ""),
        },
      }),
    ),
  };
}
