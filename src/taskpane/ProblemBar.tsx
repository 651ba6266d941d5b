/** A failure shown in the pane, never thrown at it: the check failed, or a cell could not be selected. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function ProblemBar({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
