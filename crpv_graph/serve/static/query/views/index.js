// The result views, in the order their tabs are offered; each says whether it suits a result.
import { chart } from "./chart.js";
import { graph } from "./graph.js";
import { map } from "./map.js";
import { table } from "./table.js";
import { timeline } from "./timeline.js";
import { turtle } from "./turtle.js";

export const VIEWS = [table, graph, timeline, map, chart, turtle];
