from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsKeywordEvent")


@_attrs_define
class AnalyticsKeywordEvent:
    """A keyword search (`search.keyword`) with its result counts.

    Always present (required): `id`. Evidence: in every published example of
    `list_search_keyword_events`.

    """

    id: str
    event_type: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    date_time: None | str | Unset = UNSET
    keyword: None | str | Unset = UNSET
    total_results: int | None | Unset = UNSET
    tags_results: int | None | Unset = UNSET
    assets_results: int | None | Unset = UNSET
    documents_results: int | None | Unset = UNSET
    guidelines_results: int | None | Unset = UNSET
    collections_results: int | None | Unset = UNSET
    metaproperties_results: int | None | Unset = UNSET
    collection_assets_results: int | None | Unset = UNSET
    workflow_campaigns_results: int | None | Unset = UNSET
    brandstore_products_results: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        date_time: None | str | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        else:
            date_time = self.date_time

        keyword: None | str | Unset
        if isinstance(self.keyword, Unset):
            keyword = UNSET
        else:
            keyword = self.keyword

        total_results: int | None | Unset
        if isinstance(self.total_results, Unset):
            total_results = UNSET
        else:
            total_results = self.total_results

        tags_results: int | None | Unset
        if isinstance(self.tags_results, Unset):
            tags_results = UNSET
        else:
            tags_results = self.tags_results

        assets_results: int | None | Unset
        if isinstance(self.assets_results, Unset):
            assets_results = UNSET
        else:
            assets_results = self.assets_results

        documents_results: int | None | Unset
        if isinstance(self.documents_results, Unset):
            documents_results = UNSET
        else:
            documents_results = self.documents_results

        guidelines_results: int | None | Unset
        if isinstance(self.guidelines_results, Unset):
            guidelines_results = UNSET
        else:
            guidelines_results = self.guidelines_results

        collections_results: int | None | Unset
        if isinstance(self.collections_results, Unset):
            collections_results = UNSET
        else:
            collections_results = self.collections_results

        metaproperties_results: int | None | Unset
        if isinstance(self.metaproperties_results, Unset):
            metaproperties_results = UNSET
        else:
            metaproperties_results = self.metaproperties_results

        collection_assets_results: int | None | Unset
        if isinstance(self.collection_assets_results, Unset):
            collection_assets_results = UNSET
        else:
            collection_assets_results = self.collection_assets_results

        workflow_campaigns_results: int | None | Unset
        if isinstance(self.workflow_campaigns_results, Unset):
            workflow_campaigns_results = UNSET
        else:
            workflow_campaigns_results = self.workflow_campaigns_results

        brandstore_products_results: int | None | Unset
        if isinstance(self.brandstore_products_results, Unset):
            brandstore_products_results = UNSET
        else:
            brandstore_products_results = self.brandstore_products_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if total_results is not UNSET:
            field_dict["totalResults"] = total_results
        if tags_results is not UNSET:
            field_dict["tagsResults"] = tags_results
        if assets_results is not UNSET:
            field_dict["assetsResults"] = assets_results
        if documents_results is not UNSET:
            field_dict["documentsResults"] = documents_results
        if guidelines_results is not UNSET:
            field_dict["guidelinesResults"] = guidelines_results
        if collections_results is not UNSET:
            field_dict["collectionsResults"] = collections_results
        if metaproperties_results is not UNSET:
            field_dict["metapropertiesResults"] = metaproperties_results
        if collection_assets_results is not UNSET:
            field_dict["collectionAssetsResults"] = collection_assets_results
        if workflow_campaigns_results is not UNSET:
            field_dict["workflowCampaignsResults"] = workflow_campaigns_results
        if brandstore_products_results is not UNSET:
            field_dict["brandstoreProductsResults"] = brandstore_products_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_type = _parse_event_type(d.pop("eventType", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_time = _parse_date_time(d.pop("dateTime", UNSET))

        def _parse_keyword(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keyword = _parse_keyword(d.pop("keyword", UNSET))

        def _parse_total_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_results = _parse_total_results(d.pop("totalResults", UNSET))

        def _parse_tags_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tags_results = _parse_tags_results(d.pop("tagsResults", UNSET))

        def _parse_assets_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assets_results = _parse_assets_results(d.pop("assetsResults", UNSET))

        def _parse_documents_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        documents_results = _parse_documents_results(d.pop("documentsResults", UNSET))

        def _parse_guidelines_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        guidelines_results = _parse_guidelines_results(d.pop("guidelinesResults", UNSET))

        def _parse_collections_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        collections_results = _parse_collections_results(d.pop("collectionsResults", UNSET))

        def _parse_metaproperties_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        metaproperties_results = _parse_metaproperties_results(d.pop("metapropertiesResults", UNSET))

        def _parse_collection_assets_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        collection_assets_results = _parse_collection_assets_results(d.pop("collectionAssetsResults", UNSET))

        def _parse_workflow_campaigns_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_campaigns_results = _parse_workflow_campaigns_results(d.pop("workflowCampaignsResults", UNSET))

        def _parse_brandstore_products_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        brandstore_products_results = _parse_brandstore_products_results(d.pop("brandstoreProductsResults", UNSET))

        analytics_keyword_event = cls(
            id=id,
            event_type=event_type,
            user_id=user_id,
            date_time=date_time,
            keyword=keyword,
            total_results=total_results,
            tags_results=tags_results,
            assets_results=assets_results,
            documents_results=documents_results,
            guidelines_results=guidelines_results,
            collections_results=collections_results,
            metaproperties_results=metaproperties_results,
            collection_assets_results=collection_assets_results,
            workflow_campaigns_results=workflow_campaigns_results,
            brandstore_products_results=brandstore_products_results,
        )

        analytics_keyword_event.additional_properties = d
        return analytics_keyword_event

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
