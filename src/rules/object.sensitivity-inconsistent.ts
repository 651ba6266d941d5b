/** object.sensitivity-inconsistent: the same information object is given different sensitivities. */
import { objectConsistencyRule } from "./utils/object-consistency";

export default objectConsistencyRule(
  {
    id: "object.sensitivity-inconsistent",
    title: "Information object given different sensitivities",
    description: "The same information object should have the same Sensitivity on every row.",
  },
  "sensitivity",
  "sensitivity",
  ({ model }) => model.sensitivities,
);
