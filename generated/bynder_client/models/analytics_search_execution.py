from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_search_filter import AnalyticsSearchFilter
    from ..models.analytics_search_results import AnalyticsSearchResults
    from ..models.analytics_sort_order import AnalyticsSortOrder


T = TypeVar("T", bound="AnalyticsSearchExecution")


@_attrs_define
class AnalyticsSearchExecution:
    """A search run in the portal (`SearchExecuted`).

    Always present (required): `eventId`. Evidence: in every published example of
    `list_search_executions`.

    """

    event_id: str
    event_type: None | str | Unset = UNSET
    date_time: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    terms: list[str] | None | Unset = UNSET
    filters: list[AnalyticsSearchFilter] | None | Unset = UNSET
    operator: None | str | Unset = UNSET
    """ How the terms were combined, `AND` or `OR`. """
    sort_order: AnalyticsSortOrder | None | Unset = UNSET
    results: AnalyticsSearchResults | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_search_results import AnalyticsSearchResults  # noqa: PLC0415
        from ..models.analytics_sort_order import AnalyticsSortOrder  # noqa: PLC0415

        event_id = self.event_id

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        date_time: None | str | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        else:
            date_time = self.date_time

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        terms: list[str] | None | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        elif isinstance(self.terms, list):
            terms = self.terms

        else:
            terms = self.terms

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        sort_order: dict[str, Any] | None | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        elif isinstance(self.sort_order, AnalyticsSortOrder):
            sort_order = self.sort_order.to_dict()
        else:
            sort_order = self.sort_order

        results: dict[str, Any] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, AnalyticsSearchResults):
            results = self.results.to_dict()
        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventId": event_id,
            }
        )
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if terms is not UNSET:
            field_dict["terms"] = terms
        if filters is not UNSET:
            field_dict["filters"] = filters
        if operator is not UNSET:
            field_dict["operator"] = operator
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_search_filter import AnalyticsSearchFilter  # noqa: PLC0415
        from ..models.analytics_search_results import AnalyticsSearchResults  # noqa: PLC0415
        from ..models.analytics_sort_order import AnalyticsSortOrder  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("eventId")

        def _parse_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_type = _parse_event_type(d.pop("eventType", UNSET))

        def _parse_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_time = _parse_date_time(d.pop("dateTime", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_terms(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                terms_type_0 = cast(list[str], data)

                return terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        terms = _parse_terms(d.pop("terms", UNSET))

        def _parse_filters(data: object) -> list[AnalyticsSearchFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = data
                for filters_type_0_item_data in _filters_type_0:
                    filters_type_0_item = AnalyticsSearchFilter.from_dict(filters_type_0_item_data)

                    filters_type_0.append(filters_type_0_item)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnalyticsSearchFilter] | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        def _parse_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_sort_order(data: object) -> AnalyticsSortOrder | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sort_order_type_0 = AnalyticsSortOrder.from_dict(data)

                return sort_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsSortOrder | None | Unset, data)

        sort_order = _parse_sort_order(d.pop("sortOrder", UNSET))

        def _parse_results(data: object) -> AnalyticsSearchResults | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = AnalyticsSearchResults.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsSearchResults | None | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        analytics_search_execution = cls(
            event_id=event_id,
            event_type=event_type,
            date_time=date_time,
            user_id=user_id,
            terms=terms,
            filters=filters,
            operator=operator,
            sort_order=sort_order,
            results=results,
        )

        analytics_search_execution.additional_properties = d
        return analytics_search_execution

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
