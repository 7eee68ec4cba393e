package com.shop.order.saga;

import java.util.List;

/** The state machine's answer to an input. */
public sealed interface Decision {

    /** The saga moves (possibly to the same step, sending again); {@code reason} goes into the status history. */
    record Move(Saga next, String reason, List<SagaAction> actions, StepTimer timer) implements Decision {
        public Move {
            actions = List.copyOf(actions);
        }
    }

    /** Nothing to do: a duplicate or late answer, or a request already being carried out. */
    record Stay(String why) implements Decision {
    }

    /** Not allowed in the saga's current state. */
    record Refuse(String why) implements Decision {
    }
}
