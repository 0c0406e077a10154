#pragma once

#include "models/store/warning_repository.h"

#include <QAbstractTableModel>

#include <vector>

namespace lagebild::items {

/// The early-warning inbox as a table: state, title, source, TLP, owner, due date, published.
/// Holds a finished snapshot a job read (setWarnings); data() never touches the disk. Texts from
/// partners are returned as they are and must be shown as plain text. Semantic roles only (no
/// fonts or colours): the view decides how an unread row looks. GUI thread; the list is short
/// (hundreds of warnings), so a new snapshot resets the model.
class WarningModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StateColumn, TitleColumn, SourceColumn, TlpColumn, OwnerColumn, DueColumn, PublishedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< STIX id of the warning
        StateRole,                 ///< storage word of the state ("new", "applies", ...)
        UnreadRole,                ///< true while the state is new
        SortRole                   ///< a value that sorts naturally (times as numbers)
    };

    explicit WarningModel(QObject* parent = nullptr);

    void setWarnings(std::vector<store::WarningSummary> warnings);
    /// Replaces the row with the same id (after a state, owner or due change); false if absent.
    bool updateWarning(const store::WarningSummary& warning);
    const store::WarningSummary* warningAt(int row) const;
    int rowOf(const QString& id) const;
    int unreadCount() const;

    /// Translated display text of a state ("New", "Applies to us", ...).
    static QString stateText(store::WarningState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<store::WarningSummary> m_rows;
};

} // namespace lagebild::items
