// Grid aggregation of the selected events for one map frame. Events are binned into square cells
// of the world-pixel grid at the current zoom; the grid is anchored to the world, not the screen,
// so clusters stay put while the map pans. Cells whose centres fall closer than a cell's width
// (neighbours across a grid line) then merge, biggest first, so clusters do not overlap. A cell
// with one event is drawn as that event at its own place, one with more as a cluster at the mean
// position of its events. O(events in the window)
// per frame over typed arrays: a few milliseconds at 100,000 events, so the date slider, type
// toggles and playback redraw without an index to rebuild.

const TILE_SIZE = 256;

/** World pixels per Web Mercator unit at a zoom level. */
export function worldSize(zoom) {
  return TILE_SIZE * 2 ** zoom;
}

/**
 * Bins the events `indices` of `columns` that fall within the frame.
 * frame: {zoom, left, top, width, height} in world pixels; cellPx: the cell size.
 * Returns {cells, drawn}: each cell {keys (its grid cells), x, y, count, index (the event when
 * count is 1), types: Uint32Array per type index, sameSpot (all its events at one point)}; x and y
 * are relative to the frame's left and top; drawn is the number of events in the frame.
 */
export function aggregate(columns, indices, { zoom, left, top, width, height }, cellPx) {
  const scale = worldSize(zoom);
  const right = left + width;
  const bottom = top + height;
  const typeCount = Math.max(columns.types.length, 1);
  const cellsByKey = new Map();
  const cells = [];
  const { x: mx, y: my, type } = columns;
  const columnsPerRow = Math.ceil(scale / cellPx) + 1;
  let drawn = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const wx = mx[i] * scale;
    const wy = my[i] * scale;
    if (wx < left || wx >= right || wy < top || wy >= bottom) continue;
    drawn++;
    const key = Math.floor(wy / cellPx) * columnsPerRow + Math.floor(wx / cellPx);
    let cell = cellsByKey.get(key);
    if (cell === undefined) {
      cell = { keys: [key], sumX: 0, sumY: 0, count: 0, index: i, types: new Uint32Array(typeCount), sameSpot: true, x: 0, y: 0 };
      cellsByKey.set(key, cell);
      cells.push(cell);
    } else if (cell.sameSpot && (mx[i] !== mx[cell.index] || my[i] !== my[cell.index])) {
      cell.sameSpot = false;
    }
    cell.sumX += wx;
    cell.sumY += wy;
    cell.count++;
    cell.types[type[i]]++;
  }
  const merged = mergeNeighbours(cells, cellPx, columns);
  for (const cell of merged) {
    cell.x = cell.sumX / cell.count - left;
    cell.y = cell.sumY / cell.count - top;
  }
  return { cells: merged, drawn };
}

/** Folds each cell into a bigger one whose centre lies within `distance`, biggest cells first. */
function mergeNeighbours(cells, distance, columns) {
  cells.sort((a, b) => b.count - a.count);
  const kept = [];
  const near = new Map();
  const slot = (x, y) => `${Math.floor(x / distance)},${Math.floor(y / distance)}`;
  for (const cell of cells) {
    const x = cell.sumX / cell.count;
    const y = cell.sumY / cell.count;
    const gx = Math.floor(x / distance);
    const gy = Math.floor(y / distance);
    let target = null;
    for (let dx = -1; dx <= 1 && !target; dx++) {
      for (let dy = -1; dy <= 1 && !target; dy++) {
        for (const other of near.get(`${gx + dx},${gy + dy}`) ?? []) {
          if ((other.sumX / other.count - x) ** 2 + (other.sumY / other.count - y) ** 2 < distance * distance) {
            target = other;
            break;
          }
        }
      }
    }
    if (target) {
      const a = target.index;
      const b = cell.index;
      target.sameSpot = target.sameSpot && cell.sameSpot && columns.x[a] === columns.x[b] && columns.y[a] === columns.y[b];
      target.sumX += cell.sumX;
      target.sumY += cell.sumY;
      target.count += cell.count;
      for (let t = 0; t < cell.types.length; t++) target.types[t] += cell.types[t];
      target.keys.push(...cell.keys);
    } else {
      kept.push(cell);
      const key = slot(x, y);
      if (!near.has(key)) near.set(key, []);
      near.get(key).push(cell);
    }
  }
  return kept;
}

/** The events of `indices` in the grid cells `keys` at this zoom and cell size (for a click on a cluster). */
export function cellMembers(columns, indices, zoom, cellPx, keys) {
  const wanted = new Set(keys);
  const scale = worldSize(zoom);
  const columnsPerRow = Math.ceil(scale / cellPx) + 1;
  const out = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const wx = columns.x[i] * scale;
    const wy = columns.y[i] * scale;
    if (wanted.has(Math.floor(wy / cellPx) * columnsPerRow + Math.floor(wx / cellPx))) out.push(i);
  }
  return out;
}

/** The drawn radius of a cluster of `count` events: grows with the logarithm so big ones stay readable. */
export function clusterRadius(count) {
  return Math.min(12 + 4.5 * Math.log10(count), 30);
}

/** The topmost item (last drawn) whose circle holds the point, or null. */
export function hitTest(items, x, y, slackPx = 3) {
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k];
    const r = item.r + slackPx;
    if ((item.x - x) ** 2 + (item.y - y) ** 2 <= r * r) return item;
  }
  return null;
}
