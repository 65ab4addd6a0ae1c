from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        field_dict["id"] = id
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
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.event_type = _d.pop("eventType", UNSET)

        _obj.user_id = _d.pop("userId", UNSET)

        _obj.date_time = _d.pop("dateTime", UNSET)

        _obj.keyword = _d.pop("keyword", UNSET)

        _obj.total_results = _d.pop("totalResults", UNSET)

        _obj.tags_results = _d.pop("tagsResults", UNSET)

        _obj.assets_results = _d.pop("assetsResults", UNSET)

        _obj.documents_results = _d.pop("documentsResults", UNSET)

        _obj.guidelines_results = _d.pop("guidelinesResults", UNSET)

        _obj.collections_results = _d.pop("collectionsResults", UNSET)

        _obj.metaproperties_results = _d.pop("metapropertiesResults", UNSET)

        _obj.collection_assets_results = _d.pop("collectionAssetsResults", UNSET)

        _obj.workflow_campaigns_results = _d.pop("workflowCampaignsResults", UNSET)

        _obj.brandstore_products_results = _d.pop("brandstoreProductsResults", UNSET)

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
