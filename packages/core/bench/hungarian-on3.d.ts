// hungarian-on3 ships no types: it takes a cost matrix and returns [row, column] pairs (column -1 when unassigned).
declare module 'hungarian-on3' {
  export default function hungarian(costMatrix: number[][], isProfit?: boolean): [number, number][];
}
