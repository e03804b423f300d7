/** A binary min-heap of (priority, value) pairs for bestPath's Dijkstra. */
export class MinHeap {
  private readonly priorities: number[] = [];
  private readonly values: number[] = [];

  get length(): number {
    return this.values.length;
  }

  push(priority: number, value: number): void {
    const { priorities, values } = this;
    let i = values.length;
    priorities.push(priority);
    values.push(value);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (priorities[up] <= priority) break;
      priorities[i] = priorities[up];
      values[i] = values[up];
      i = up;
    }
    priorities[i] = priority;
    values[i] = value;
  }

  pop(): [number, number] {
    const { priorities, values } = this;
    const top: [number, number] = [priorities[0], values[0]];
    const lastPriority = priorities.pop()!;
    const lastValue = values.pop()!;
    const n = values.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && priorities[child + 1] < priorities[child]) child += 1;
      if (priorities[child] >= lastPriority) break;
      priorities[i] = priorities[child];
      values[i] = values[child];
      i = child;
    }
    priorities[i] = lastPriority;
    values[i] = lastValue;
    return top;
  }
}
