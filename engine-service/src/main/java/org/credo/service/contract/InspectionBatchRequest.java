package org.credo.service.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/v1/decisions/inspection/batch}: up to 10,000 declarations, answered in the same order. */
public record InspectionBatchRequest(
        @NotNull @Size(min = 1, max = 10_000) List<@NotNull @Valid InspectionRequest> declarations) {
}
