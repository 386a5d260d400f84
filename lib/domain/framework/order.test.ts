import { describe, expect, it } from "vitest";
import { byCode } from "./order";

describe("indicator codes", () => {
  it("compare as a reader would", () => {
    expect(["1.10.1", "1.2.3", "C.12", "1.2.10", "C.2", "2.1.1"].sort(byCode)).toEqual(["1.2.3", "1.2.10", "1.10.1", "2.1.1", "C.2", "C.12"]);
  });
});
