/** Line colours for charts, distinguishable for common colour-vision differences. */
export const LINE_COLORS = ['#1864ab', '#e67700', '#2b8a3e', '#c2255c', '#5f3dc4', '#495057'];

export const colorAt = (index: number) => LINE_COLORS[index % LINE_COLORS.length]!;
