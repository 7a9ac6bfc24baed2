/** An append-only Float64Array that doubles its storage as it fills. */
export class GrowableFloat64 {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** A view of the values pushed so far (shares storage until the next push that grows). */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** An append-only Int8Array that doubles its storage as it fills. */
export class GrowableInt8 {
  private data = new Int8Array(4096);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int8Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** A copy of the values pushed so far, exactly `length` long. */
  toArray(): Int8Array {
    return this.data.slice(0, this.length);
  }
}
