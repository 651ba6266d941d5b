/** object.sensitivity-inconsistent: the same information object is given different sensitivities. */
import { objectConsistencyRule } from "./utils/object-consistency";

export default objectConsistencyRule(
  "object.sensitivity-inconsistent",
  "The same information object should have the same Sensitivity on every row.",
  "sensitivity",
  "sensitivity",
  ({ model }) => model.sensitivities,
);
