/** object.category-inconsistent: the same information object is given different categories. */
import { objectConsistencyRule } from "./utils/object-consistency";

export default objectConsistencyRule(
  {
    id: "object.category-inconsistent",
    title: "Information object given different categories",
    description: "The same information object should have the same Information Category on every row.",
  },
  "informationCategory",
  "category",
  ({ model }) => model.information.categories,
);
