from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        field_dict["eventId"] = event_id
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
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.event_id = _d.pop("eventId")

        _obj.event_type = _d.pop("eventType", UNSET)

        _obj.date_time = _d.pop("dateTime", UNSET)

        _obj.user_id = _d.pop("userId", UNSET)

        _obj.terms = _d.pop("terms", UNSET)

        _filters = _d.pop("filters", UNSET)
        _obj.filters = (
            [AnalyticsSearchFilter.from_dict(item) for item in _filters] if isinstance(_filters, list) else _filters
        )

        _obj.operator = _d.pop("operator", UNSET)

        _sort_order = _d.pop("sortOrder", UNSET)
        _obj.sort_order = AnalyticsSortOrder.from_dict(_sort_order) if isinstance(_sort_order, dict) else _sort_order

        _results = _d.pop("results", UNSET)
        _obj.results = AnalyticsSearchResults.from_dict(_results) if isinstance(_results, dict) else _results

        _obj.additional_properties = _d
        return _obj

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


from ..models.analytics_search_filter import AnalyticsSearchFilter
from ..models.analytics_search_results import AnalyticsSearchResults
from ..models.analytics_sort_order import AnalyticsSortOrder
